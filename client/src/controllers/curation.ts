/**
 * Analysts' corrections from the explorer: who is signed in (an editor's
 * token, kept in this browser), making an edit or an undo through the API,
 * and bringing the screen in line afterwards (the entities on screen read
 * again, those merged away removed, those an undo brings back added), with
 * edited items marked on the graph.
 */
import type {
  CurationAccessResponse,
  CurationEntry,
  CurationMarksResponse,
  CurationOutcomeResponse,
  Edit,
} from '../../../core/api.js';
import { RELATIONS, type RelationType } from '../../../core/ontology.js';
import type { AppContext } from '../app-context.js';
import { Store } from '../model/store.js';

const TOKEN_KEY = 'newsgraph.token';

/** The entities an entry names: those an edit or its undo may bring on screen or take off it. */
export function entitiesOf(entry: Pick<CurationEntry, 'edit' | 'facts'>): string[] {
  const { edit, facts } = entry;
  switch (edit.action) {
    case 'merge':
      return [edit.survivor, edit.merged];
    case 'split':
      return facts.target ? [edit.entity, facts.target] : [edit.entity];
    case 'rename':
    case 'kind':
      return [edit.entity];
    case 'reject':
    case 'confirm':
      return edit.relation.split('|').filter((_, i) => i !== 1);
    case 'add-relation':
      return [edit.subject, edit.object];
    case 'distinct':
      return [...edit.entities];
    case 'article':
    case 'undo':
      return [];
  }
}

export class Curation {
  readonly access = new Store<CurationAccessResponse>({ name: null, role: null, editsEnabled: false });
  /** Moves after every edit and undo: open views re-render from it. */
  readonly revision = new Store<number>(0);
  private marks: CurationMarksResponse = { entities: [], relations: [], articles: [] };
  private editedEntities = new Set<string>();
  private editedRelations = new Map<string, string>();

  constructor(private readonly app: Pick<AppContext, 'api' | 'cy' | 'model' | 'sync' | 'catalog' | 'notify'>) {
    // Elements drawn later (an expansion) get their marks too.
    app.sync.onApplied(({ change }) => {
      if (change.addedNodes.length || change.addedEdges.length) this.paint();
    });
  }

  get canEdit(): boolean {
    return this.access.get().role === 'editor';
  }

  isEdited(entityId: string): boolean {
    return this.editedEntities.has(entityId);
  }

  /** `rejected`, `confirmed` or `added` for a relation an edit concerns. */
  verdictOf(relationId: string): string | undefined {
    return this.editedRelations.get(relationId);
  }

  articleEdited(articleId: string): boolean {
    return this.marks.articles.includes(articleId);
  }

  /** Reads who the stored token names and what is edited; the page works read-only when this fails. */
  async load(): Promise<void> {
    this.app.api.setToken(localStorage.getItem(TOKEN_KEY));
    await Promise.all([this.readAccess(), this.readMarks()]);
  }

  /** Signs in with an editor's (or reader's) token, or out with null. Refuses a token the server does not know. */
  async signIn(token: string | null): Promise<CurationAccessResponse> {
    const previous = localStorage.getItem(TOKEN_KEY);
    this.app.api.setToken(token);
    const access = await this.app.api.curationAccess();
    if (token && !access.name) {
      this.app.api.setToken(previous);
      throw new Error('This server knows no reader or editor with that token.');
    }
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
    this.access.set(access);
    return access;
  }

  private async readAccess(): Promise<void> {
    this.access.set(await this.app.api.curationAccess());
  }

  private async readMarks(): Promise<void> {
    this.marks = await this.app.api.curationMarks();
    this.editedEntities = new Set(this.marks.entities);
    this.editedRelations = new Map(this.marks.relations.map((r) => [r.id, r.verdict]));
    this.paint();
  }

  /** Makes an edit; the screen follows. Errors (validation, access) reach the caller's dialog. */
  async apply(edit: Edit, reason: string): Promise<CurationOutcomeResponse> {
    const outcome = await this.app.api.applyEdit(edit, reason);
    await this.follow(entitiesOf(outcome.entry));
    this.app.notify(`${describeEdit(outcome.entry)}: done`, 'success');
    return outcome;
  }

  /** Undoes an entry (of an undo: applies it again); `target` is what it reverses. */
  async undo(target: Pick<CurationEntry, 'id' | 'edit' | 'facts'>, reason: string): Promise<CurationOutcomeResponse> {
    const outcome = await this.app.api.undoEdit(target.id, reason);
    await this.follow(entitiesOf(target));
    this.app.notify(`Undone: ${describeEdit(target)}`, 'success');
    return outcome;
  }

  private async follow(involved: string[]): Promise<void> {
    // The graph's totals (status bar, legend) and article details change with an edit too.
    await Promise.all([this.refreshGraph(involved), this.readMarks(), this.app.catalog.load(this.app.api)]);
    this.revision.update((n) => n + 1);
  }

  /**
   * Reads the entities on screen again (the server answers for merged ids
   * with their survivor): names and kinds change in place, an entity merged
   * away leaves, and when the edit concerns something on screen, the other
   * entities it names come too (an undone merge shows both again).
   */
  private async refreshGraph(involved: string[]): Promise<void> {
    const { model, api } = this.app;
    const onScreen = model.nodeIds();
    if (onScreen.length === 0) return;
    const touchesScreen = involved.some((id) => model.node(id));
    const wanted = [...new Set(touchesScreen ? [...onScreen, ...involved] : onScreen)];
    const fresh = await api.subgraph({ ids: wanted });
    const nodes = new Set(fresh.nodes.map((n) => n.id));
    const edges = new Set(fresh.edges.map((e) => e.id));
    const gone = [
      ...onScreen.filter((id) => !nodes.has(id)),
      ...model
        .edges()
        .filter((e) => !edges.has(e.id))
        .map((e) => e.id),
    ];
    // The data changed, not the view: these are not view commands to undo.
    if (gone.length) model.remove(gone);
    model.merge(fresh);
  }

  /** Marks edited nodes and relations on the graph. */
  private paint(): void {
    const { cy } = this.app;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass('edited', this.editedEntities.has(n.id()));
      });
      cy.edges().forEach((e) => {
        e.toggleClass('edited', this.editedRelations.has(e.id()));
      });
    });
  }
}

/** One line saying what an entry did, from the names it recorded. */
export function describeEdit(entry: Pick<CurationEntry, 'edit' | 'facts'>): string {
  const { edit, facts } = entry;
  const name = (id: string) => facts.names[id] ?? id;
  switch (edit.action) {
    case 'merge':
      return `Merge ${name(edit.merged)} into ${name(edit.survivor)}`;
    case 'split':
      return `Split “${edit.alias}” out of ${name(edit.entity)} into ${facts.target ? name(facts.target) : '?'}`;
    case 'rename':
      return `Rename ${name(edit.entity)} to ${edit.name}`;
    case 'kind':
      return `${name(edit.entity)} is a ${edit.kind}`;
    case 'reject':
    case 'confirm': {
      const [source, type, target] = edit.relation.split('|') as [string, RelationType, string];
      return `${edit.action === 'reject' ? 'Reject' : 'Confirm'} “${name(source)} ${RELATIONS[type]?.label ?? type} ${name(target)}”`;
    }
    case 'add-relation':
      return `Add “${name(edit.subject)} ${RELATIONS[edit.type].label} ${name(edit.object)}”`;
    case 'article':
      return `Correct article ${Object.keys(edit.changes).join(', ')}`;
    case 'distinct':
      return `${name(edit.entities[0])} and ${name(edit.entities[1])} are different`;
    case 'undo':
      return 'Undo';
  }
}
