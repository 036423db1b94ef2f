/**
 * Export what is on screen, or only the selection: PNG and SVG drawn here,
 * Cytoscape JSON, GraphML, GEXF, CSV, JSON and Cypher through the server's
 * writers (POST /api/export with the entities, exactly the relations drawn,
 * and the drawing: positions, colours, sizes, communities).
 */
import type { ExportFormat } from '../../../core/api.js';
import type { AppContext } from '../app-context.js';
import type { ViewMetrics } from '../controllers/view-metrics.js';
import { claimView } from '../model/filters.js';
import { h, replaceChildren } from '../ui/dom.js';
import { isShown } from '../view/sync.js';

type Scope = 'screen' | 'selection';

/** Every server format, in menu order (a format added to core/api.ts fails the type check until it is listed). */
const SERVER_FORMATS: Record<ExportFormat, { label: string; hint: string }> = {
  gexf: { label: 'GEXF', hint: 'Gephi: layout, colours, kinds' },
  graphml: { label: 'GraphML', hint: 'NetworkX, yEd, Gephi' },
  cyjs: { label: 'Cytoscape JSON', hint: 'Cytoscape desktop, cytoscape.js' },
  'csv-nodes': { label: 'CSV — nodes', hint: 'spreadsheets, Gephi import' },
  'csv-edges': { label: 'CSV — relations', hint: 'with one evidence sentence each' },
  json: { label: 'JSON', hint: 'every evidence sentence' },
  cypher: { label: 'Cypher — Neo4j', hint: 'cypher-shell -f' },
  'cypher-kuzu': { label: 'Cypher — Kuzu', hint: 'a Kuzu database' },
};

export class ExportMenu {
  readonly button: HTMLButtonElement;
  private readonly menu: HTMLElement;
  private scope: Scope = 'screen';
  /** CSV with a byte-order mark, for spreadsheets that otherwise misread accents. */
  private bom = false;

  constructor(
    private readonly app: AppContext,
    anchor: HTMLElement,
    private readonly metrics: ViewMetrics,
  ) {
    this.menu = h('div', { class: 'dropdown-menu export-menu', role: 'menu', hidden: true });
    this.button = h(
      'button',
      {
        id: 'export-button',
        'aria-haspopup': 'true',
        'aria-expanded': 'false',
        title: 'Export',
        on: { click: () => this.toggle() },
      },
      'Export ▾',
    );
    anchor.append(h('div', { class: 'dropdown' }, this.button, this.menu));
    document.addEventListener('mousedown', (event) => {
      if (!this.menu.hidden && !anchor.contains(event.target as Node)) this.toggle(false);
    });
  }

  toggle(open = this.menu.hidden): void {
    this.menu.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
    if (open) this.render();
  }

  /** The elements in scope: what is displayed, or the selection with the relations among it. */
  elements(scope: Scope = this.scope) {
    const { cy } = this.app;
    const shown = cy.elements().filter((e) => isShown(e) && !e.hasClass('unplaced'));
    if (scope === 'screen') return shown;
    const nodes = cy
      .nodes(':selected')
      .union(cy.edges(':selected').connectedNodes())
      .filter((n) => isShown(n));
    return nodes.union(nodes.edgesWith(nodes).filter((e) => isShown(e)));
  }

  /** Runs one export (also called by e2e tests through the window hook). */
  async export(
    kind: 'png' | 'svg' | ExportFormat,
    scope: Scope = this.scope,
  ): Promise<{ filename: string; blob: Blob }> {
    const eles = this.elements(scope);
    if (eles.empty()) throw new Error('Nothing to export.');
    // The writers load with the first export, as their own chunk: the first screen exports nothing.
    const [{ datedName, downloadBlob }, { sceneOf, sceneToSvg }, { snapshotOf }] = await Promise.all([
      import('../export/download.js'),
      import('../export/svg.js'),
      import('../export/view-snapshot.js'),
    ]);
    let file: { filename: string; blob: Blob };
    if (kind === 'png') file = { filename: datedName('png'), blob: await this.png(eles) };
    else if (kind === 'svg')
      file = { filename: datedName('svg'), blob: new Blob([sceneToSvg(sceneOf(eles))], { type: 'image/svg+xml' }) };
    else {
      const { metrics } = this;
      const snapshot = snapshotOf(eles, metrics.showsCommunities ? (id) => metrics.communityOf(id) : undefined);
      const bom = this.bom && (kind === 'csv-nodes' || kind === 'csv-edges');
      // The timeline's range and the statuses shown: each relation's status, dates and spells as on screen.
      const claims = claimView(this.app.filters.get());
      const downloaded = await this.app.api.export({
        format: kind,
        ...snapshot,
        ...(Object.keys(claims).length ? { claimView: claims } : {}),
        ...(bom ? { bom } : {}),
      });
      file = { filename: downloaded.filename, blob: downloaded.blob };
    }
    downloadBlob(file.blob, file.filename);
    return file;
  }

  private async png(eles: ReturnType<ExportMenu['elements']>): Promise<Blob> {
    const { cy } = this.app;
    // cy.png draws the whole graph; elements out of scope are hidden for the shot.
    const others = cy
      .elements()
      .not(eles)
      .filter((e) => isShown(e));
    others.addClass('x-hidden');
    try {
      return (await cy.png({
        output: 'blob-promise',
        full: true,
        scale: 2,
        bg: '#ffffff',
        maxWidth: 8000,
        maxHeight: 8000,
      })) as Blob;
    } finally {
      others.removeClass('x-hidden');
    }
  }

  private render(): void {
    const screen = this.elements('screen');
    const selection = this.elements('selection');
    if (selection.empty() && this.scope === 'selection') this.scope = 'screen';
    const radio = (scope: Scope, label: string, disabled: boolean) => {
      const input = h('input', {
        type: 'radio',
        name: 'export-scope',
        value: scope,
        checked: this.scope === scope,
        disabled,
      });
      input.addEventListener('change', () => {
        this.scope = scope;
      });
      return h('label', { class: disabled ? 'disabled' : '' }, input, ` ${label}`);
    };
    const item = (kind: 'png' | 'svg' | ExportFormat, label: string, hint: string) =>
      h(
        'button',
        {
          role: 'menuitem',
          class: 'menu-item',
          dataset: { format: kind },
          on: {
            click: () => {
              this.toggle(false);
              this.export(kind).then(
                (file) => this.app.notify(`Saved ${file.filename}`, 'success'),
                (error: unknown) =>
                  this.app.notify(`Export failed: ${error instanceof Error ? error.message : String(error)}`, 'error'),
              );
            },
          },
        },
        h('span', null, label),
        h('span', { class: 'muted small' }, hint),
      );
    const bomBox = h('input', { type: 'checkbox', checked: this.bom, 'data-option': 'bom' });
    bomBox.addEventListener('change', () => {
      this.bom = bomBox.checked;
    });
    replaceChildren(
      this.menu,
      h(
        'fieldset',
        { class: 'export-scope' },
        h('legend', null, 'What'),
        radio(
          'screen',
          `On screen (${screen.nodes().length} nodes, ${screen.edges().length} relations)`,
          screen.empty(),
        ),
        radio('selection', `Selection (${selection.nodes().length} nodes)`, selection.empty()),
      ),
      h('div', { class: 'menu-heading' }, 'Picture'),
      item('png', 'PNG', 'image, 2× resolution'),
      item('svg', 'SVG', 'vector, for reports'),
      h('div', { class: 'menu-heading' }, 'Data'),
      ...(Object.keys(SERVER_FORMATS) as ExportFormat[]).map((f) =>
        item(f, SERVER_FORMATS[f].label, SERVER_FORMATS[f].hint),
      ),
      h('label', { class: 'menu-option' }, bomBox, ' CSV for Excel (UTF-8 byte-order mark)'),
    );
  }
}
