/**
 * Parses a console query with the Cypher grammar of the database it is for
 * (generated into ./grammar from the grammars the databases are built from)
 * and offers the tree as plain nodes named by grammar rule, so the read-only
 * policy is written against rule names, not parser classes. Whitespace,
 * comments, quoted names and Unicode separators are read by the database's
 * own lexer rules: what the policy sees is what the database would run.
 */
import type { ParserRuleContext } from 'antlr4ng';
import {
  BaseErrorListener,
  CharStream,
  CommonTokenStream,
  TerminalNode,
  type ATNSimulator,
  type Lexer,
  type Parser,
  type ParseTree,
  type RecognitionException,
  type Recognizer,
  type Token,
} from 'antlr4ng';
import { errors } from '../../errors.js';
import type { Dialect } from '../catalogue.js';
import { CypherLexer as KuzuLexer } from './grammar/kuzu/CypherLexer.js';
import { CypherParser as KuzuParser } from './grammar/kuzu/CypherParser.js';
import { CypherPreLexer as Neo4jLexer } from './grammar/neo4j/CypherPreLexer.js';
import { Neo4jConsole as Neo4jParser } from './grammar/neo4j/Neo4jConsole.js';

/** A rule of the parse tree, or a token (rule null). */
export interface TreeNode {
  rule: string | null;
  /** The token's text; empty for rules. */
  token: string;
  /** The token's type in the grammar's vocabulary (`SP` is Kuzu's whitespace and comments); empty for rules. */
  tokenType: string;
  /** Offset of the first character in the query. */
  offset: number;
  children: TreeNode[];
}

interface Grammar {
  lexer(input: CharStream): Lexer;
  parser(tokens: CommonTokenStream): Parser;
  entry(parser: Parser): ParserRuleContext;
}

const GRAMMARS: Record<Dialect, Grammar> = {
  kuzu: {
    lexer: (input) => new KuzuLexer(input),
    parser: (tokens) => new KuzuParser(tokens),
    entry: (parser) => (parser as KuzuParser).ku_Statements(),
  },
  neo4j: {
    lexer: (input) => new Neo4jLexer(input),
    parser: (tokens) => new Neo4jParser(tokens),
    entry: (parser) => (parser as Neo4jParser).consoleStatements(),
  },
};

class FirstSyntaxError extends BaseErrorListener {
  error: { line: number; column: number; message: string } | null = null;

  override syntaxError<S extends Token, T extends ATNSimulator>(
    _recognizer: Recognizer<T>,
    _symbol: S | null,
    line: number,
    column: number,
    message: string,
    _e: RecognitionException | null,
  ): void {
    this.error ??= { line, column, message };
  }
}

function offsetOf(query: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = query.indexOf('\n', offset) + 1;
  return offset + column;
}

/**
 * The query's parse tree in `dialect`; a syntax error is a 400 with the
 * position, before the database sees the query. Depth was bounded lexically
 * before this runs (the parser recurses once per nesting level).
 */
export function parseConsoleQuery(query: string, dialect: Dialect): TreeNode {
  const grammar = GRAMMARS[dialect];
  const lexer = grammar.lexer(CharStream.fromString(query));
  const parser = grammar.parser(new CommonTokenStream(lexer));
  const listener = new FirstSyntaxError();
  lexer.removeErrorListeners();
  parser.removeErrorListeners();
  lexer.addErrorListener(listener);
  parser.addErrorListener(listener);
  const root = grammar.entry(parser);
  if (listener.error) {
    const { line, column, message } = listener.error;
    throw errors.querySyntax(`Invalid query: ${message} (line ${line}, column ${column + 1})`, {
      line,
      column: column + 1,
      offset: offsetOf(query, line, column),
    });
  }
  return toTreeNode(root, parser);
}

/** Plain nodes, built with an explicit stack (no recursion over a tree of unbounded depth). */
function toTreeNode(root: ParseTree, parser: Parser): TreeNode {
  const make = (t: ParseTree): TreeNode =>
    t instanceof TerminalNode
      ? {
          rule: null,
          token: t.symbol.text ?? '',
          tokenType: parser.vocabulary.getSymbolicName(t.symbol.type) ?? '',
          offset: t.symbol.start,
          children: [],
        }
      : {
          rule: parser.ruleNames[(t as ParserRuleContext).ruleIndex] ?? '?',
          token: '',
          tokenType: '',
          offset: (t as ParserRuleContext).start?.start ?? 0,
          children: [],
        };
  const top = make(root);
  const stack: Array<[ParseTree, TreeNode]> = [[root, top]];
  while (stack.length > 0) {
    const [tree, node] = stack.pop()!;
    for (let i = 0; i < tree.getChildCount(); i++) {
      const child = tree.getChild(i)!;
      const made = make(child);
      node.children.push(made);
      stack.push([child, made]);
    }
  }
  return top;
}

/** Every node of the tree, parents before children. */
export function* descendants(node: TreeNode): Generator<TreeNode> {
  const stack = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    yield next;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
}

/** The tokens under a node, in order, without whitespace and comments. */
export function tokensOf(node: TreeNode): string[] {
  return [...descendants(node)]
    .filter((n) => n.rule === null && n.tokenType !== 'SP' && n.tokenType !== 'EOF')
    .map((n) => n.token);
}

/** A name as the database reads it: quoted names unquoted. */
export function nameOf(node: TreeNode): string {
  return tokensOf(node)
    .map((t) => (t.startsWith('`') && t.endsWith('`') && t.length >= 2 ? t.slice(1, -1).replace(/``/g, '`') : t))
    .join('');
}

/** The first child (at any depth) of a rule, or undefined. */
export function find(node: TreeNode, rule: string): TreeNode | undefined {
  for (const n of descendants(node)) if (n !== node && n.rule === rule) return n;
  return undefined;
}
