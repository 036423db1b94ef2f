/**
 * The console's editor: CodeMirror 6 with the legacy Cypher mode for
 * highlighting, schema-driven completion (model/cypher-completion.ts),
 * undo history, Ctrl/Cmd+Enter to run, and error markers at the position
 * the server reports.
 */
import {
  autocompletion,
  closeBrackets,
  closeCompletion,
  closeBracketsKeymap,
  completionKeymap,
  type CompletionContext,
  type CompletionResult,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { completeCypher, type CompletionSchema } from '../model/cypher-completion.js';

export interface CypherEditorOptions {
  parent: HTMLElement;
  doc?: string;
  schema: () => CompletionSchema;
  onRun: () => void;
}

export class CypherEditor {
  readonly view: EditorView;

  constructor(options: CypherEditorOptions) {
    const complete = (context: CompletionContext): CompletionResult | null => {
      const before = context.state.sliceDoc(0, context.pos);
      const result = completeCypher(before, options.schema(), context.state.doc.toString());
      if (!result) return null;
      // Offer keywords only when asked or after a letter; labels/types/properties at once.
      if (
        !context.explicit &&
        result.from === context.pos &&
        result.options.every((o) => o.type === 'keyword' || o.type === 'function')
      )
        return null;
      return { from: result.from, options: result.options, validFor: /^\w*$/ };
    };
    this.view = new EditorView({
      parent: options.parent,
      state: EditorState.create({
        doc: options.doc ?? '',
        extensions: [
          lineNumbers(),
          history(),
          bracketMatching(),
          closeBrackets(),
          highlightActiveLine(),
          lintGutter(),
          StreamLanguage.define(cypher),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          autocompletion({ override: [complete], activateOnTyping: true }),
          placeholder('MATCH (p:Person)-[r]->(x) RETURN p, r, x LIMIT 25'),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': 'Cypher query' }),
          Prec.highest(
            keymap.of([
              {
                key: 'Mod-Enter',
                run: (view) => {
                  closeCompletion(view);
                  options.onRun();
                  return true;
                },
              },
            ]),
          ),
          keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, indentWithTab]),
        ],
      }),
    });
  }

  get value(): string {
    return this.view.state.doc.toString();
  }

  set value(text: string) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  focus(): void {
    this.view.focus();
  }

  /** Closes the completion list if it is open. */
  closeCompletion(): void {
    closeCompletion(this.view);
  }

  /** Removes the error marker (before a new run). */
  clearError(): void {
    this.view.dispatch(setDiagnostics(this.view.state, []));
  }

  /** Marks an error at a character offset (or the whole query) and moves the cursor there. */
  showError(message: string, offset: number | null): void {
    const length = this.view.state.doc.length;
    const from = offset === null ? 0 : Math.max(0, Math.min(offset, length));
    const wordEnd =
      offset === null
        ? length
        : Math.min(length, from + Math.max(1, /^\w*/.exec(this.view.state.sliceDoc(from))?.[0].length ?? 1));
    this.view.dispatch(
      setDiagnostics(this.view.state, [{ from, to: Math.max(wordEnd, from), severity: 'error', message }]),
    );
    if (offset !== null) this.view.dispatch({ selection: { anchor: from }, scrollIntoView: true });
  }
}
