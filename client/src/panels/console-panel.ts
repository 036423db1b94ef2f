/**
 * The Cypher console: editor, the store's example queries, and results as a
 * table and on the graph (the nodes and relations found in the rows are
 * added in one undoable step and highlighted). Errors show the server's
 * message at the position it gives.
 */
import type { QueryResponse } from '../../../core/api.js';
import type { JsonValue } from '../../../core/domain.js';
import { ApiError } from '../api/client.js';
import type { AppContext } from '../app-context.js';
import type { GraphActions } from '../controllers/graph-actions.js';
import type { HighlightController } from '../controllers/highlight-controller.js';
import type { CompletionSchema } from '../model/cypher-completion.js';
import { h, replaceChildren } from '../ui/dom.js';
import { dialectHints } from '../model/dialect-hints.js';
import { cellText, errorOffset, nodeIdOf } from '../model/query-results.js';
import type { CypherEditor } from './cypher-editor.js';
import { byIds } from '../view/collection.js';

const FALLBACK_EXAMPLE = 'MATCH (p:Person)-[r]->(x)\nRETURN p, r, x\nLIMIT 25';

export class ConsolePanel {
  private editor: CypherEditor | null = null;
  private editorLoad: Promise<CypherEditor> | null = null;
  private readonly results: HTMLElement;
  private readonly examples: HTMLSelectElement;
  private readonly runButton: HTMLButtonElement;
  private readonly editorBox: HTMLElement;
  private running: AbortController | null = null;

  constructor(
    private readonly app: AppContext,
    private readonly actions: GraphActions,
    private readonly highlight: HighlightController,
    private readonly root: HTMLElement,
  ) {
    this.examples = h('select', { 'aria-label': 'Example queries', class: 'examples' });
    this.examples.addEventListener('change', () => {
      const example = this.exampleList()[Number(this.examples.value)];
      if (example && this.editor) {
        this.editor.value = example.query;
        this.editor.focus();
      }
      this.examples.value = '';
    });
    this.runButton = h(
      'button',
      { class: 'primary', 'data-action': 'run-query', title: 'Run (Ctrl+Enter)', on: { click: () => void this.run() } },
      'Run ▸',
    );
    this.results = h(
      'div',
      { class: 'console-results', 'aria-live': 'polite' },
      h('p', { class: 'muted' }, 'Results appear here and on the graph.'),
    );
    this.editorBox = h('div', { class: 'console-editor' });
    const editorBox = this.editorBox;
    replaceChildren(
      root,
      h(
        'div',
        { class: 'console-left' },
        h(
          'div',
          { class: 'console-bar' },
          h('strong', null, 'Cypher console'),
          h('span', { class: 'muted small' }, ' read-only · Ctrl+Enter runs · Ctrl+Space completes'),
          h('span', { class: 'spacer' }),
          this.examples,
          this.runButton,
          h(
            'button',
            {
              class: 'icon-button',
              title: 'Close console',
              'aria-label': 'Close console',
              on: { click: () => this.toggle(false) },
            },
            '✕',
          ),
        ),
        editorBox,
      ),
      this.results,
    );
  }

  get open(): boolean {
    return !this.root.hidden;
  }

  /**
   * Opens or closes the console. The editor is built on first open, from
   * its own chunk: CodeMirror is a third of the client's code, and the
   * first screen does not draw it.
   */
  toggle(open = !this.open): void {
    this.root.hidden = !open;
    document.body.classList.toggle('console-open', open);
    if (open) {
      this.loadEditor()
        .then((editor) => {
          if (this.open) editor.focus();
        })
        .catch((error: unknown) =>
          this.app.notify(
            `Could not load the editor: ${error instanceof Error ? error.message : String(error)}`,
            'error',
          ),
        );
    }
    this.app.cy.resize();
  }

  /** Opens the console with this query text (e2e tests and "open in console" links). */
  async setQuery(text: string): Promise<void> {
    this.toggle(true);
    (await this.loadEditor()).value = text;
  }

  private loadEditor(): Promise<CypherEditor> {
    this.editorLoad ??= import('./cypher-editor.js').then(({ CypherEditor }) => {
      this.editor = new CypherEditor({
        parent: this.editorBox,
        doc: this.exampleList()[0]?.query ?? FALLBACK_EXAMPLE,
        schema: () => this.completionSchema(),
        onRun: () => void this.run(),
      });
      this.renderExamples();
      return this.editor;
    });
    return this.editorLoad;
  }

  /** Runs the editor's query; resolves when results (or the error) are shown. */
  async run(): Promise<QueryResponse | null> {
    if (!this.editor) return null;
    // Sent as typed (not trimmed), so error positions point into the editor's text.
    const query = this.editor.value;
    if (!query.trim()) return null;
    this.running?.abort();
    const request = new AbortController();
    this.running = request;
    this.editor.clearError();
    // A completion list left open would cover the results and take the next Enter.
    this.editor.closeCompletion();
    this.runButton.disabled = true;
    replaceChildren(this.results, h('p', { class: 'muted loading', role: 'status' }, 'Running…'));
    try {
      const result = await this.app.api.query({ query }, request.signal);
      if (request.signal.aborted) return null;
      this.showResult(result);
      return result;
    } catch (error) {
      if (request.signal.aborted) return null;
      this.showError(error, query);
      return null;
    } finally {
      if (this.running === request) this.runButton.disabled = false;
    }
  }

  private showResult(result: QueryResponse): void {
    const { nodes, edges } = result.elements;
    let drawn = '';
    if (nodes.length || edges.length) {
      const added = this.actions.addSubgraph(result.elements, 'query results');
      void this.app.layout.whenIdle().then(() => {
        const { cy } = this.app;
        const ids = [...nodes.map((n) => n.id), ...edges.map((e) => e.id)];
        const eles = byIds(cy, ids);
        this.highlight.hold(eles, 'hl');
      });
      drawn = `Drew ${nodes.length} node${nodes.length === 1 ? '' : 's'} and ${edges.length} relation${edges.length === 1 ? '' : 's'} (${added.length} new). `;
    }
    const summary = h(
      'p',
      { class: 'result-summary', 'data-rows': String(result.rows.length) },
      `${result.rows.length} row${result.rows.length === 1 ? '' : 's'} in ${Math.round(result.elapsedMs)} ms. ${drawn}`,
      result.truncated ? h('strong', { class: 'warn' }, 'Cut at the row limit. ') : null,
      nodes.length
        ? h('button', { class: 'link', on: { click: () => this.highlight.release() } }, 'Clear highlight')
        : null,
    );
    replaceChildren(this.results, summary, this.table(result));
  }

  private table(result: QueryResponse): HTMLElement {
    if (result.rows.length === 0) return h('p', { class: 'muted' }, 'No rows.');
    const head = h('tr', null, ...result.columns.map((c) => h('th', { scope: 'col' }, c)));
    const body = h('tbody');
    for (const row of result.rows) {
      body.append(h('tr', null, ...result.columns.map((c) => this.cell(row[c] ?? null))));
    }
    return h('div', { class: 'table-wrap' }, h('table', { class: 'result-table' }, h('thead', null, head), body));
  }

  private cell(value: JsonValue): HTMLElement {
    const text = cellText(value);
    const td = h(
      'td',
      { title: text.length > 60 ? text : undefined },
      text.length > 120 ? `${text.slice(0, 117)}…` : text,
    );
    // A node in a cell links to it on the graph.
    const id = nodeIdOf(value);
    if (id && this.app.model.node(id)) {
      td.classList.add('node-cell');
      td.addEventListener('click', () => void this.actions.focus([id]));
    }
    return td;
  }

  private showError(error: unknown, query: string): void {
    const message = error instanceof Error ? error.message : String(error);
    const dialect = this.app.catalog.schema?.dialect;
    const hints = dialect && error instanceof ApiError && error.status < 500 ? dialectHints(dialect, query) : [];
    const position = error instanceof ApiError ? error.position : null;
    this.editor?.showError(message, position && this.editor ? errorOffset(this.editor.value, position) : null);
    replaceChildren(
      this.results,
      h(
        'div',
        { class: 'error query-error', role: 'alert' },
        h('strong', null, error instanceof ApiError ? errorTitle(error.id) : 'Error'),
        position ? h('span', { class: 'muted' }, ` at line ${position.line}, column ${position.column}`) : null,
        h('pre', null, message),
        ...hints.map((hint) => h('p', { class: 'query-hint' }, h('strong', null, 'Hint: '), hint)),
      ),
    );
  }

  private exampleList(): Array<{ title: string; query: string }> {
    return this.app.catalog.schema?.examples ?? [];
  }

  private renderExamples(): void {
    const list = this.exampleList();
    replaceChildren(
      this.examples,
      h('option', { value: '', selected: true, disabled: true }, list.length ? 'Examples…' : 'No examples'),
      ...list.map((e, i) => h('option', { value: String(i) }, e.title)),
    );
  }

  private completionSchema(): CompletionSchema {
    const schema = this.app.catalog.schema;
    return { labels: schema?.labels ?? {}, relationships: schema?.relationships ?? {} };
  }
}

function errorTitle(id: string): string {
  switch (id) {
    case 'query_syntax':
      return 'Syntax error';
    case 'query_refused':
      return 'Refused: the console is read-only';
    case 'query_timeout':
      return 'Time-out';
    default:
      return 'Query failed';
  }
}
