import { describe, expect, it } from '@jest/globals';
import { addSubgraph, collapse, removeElements, setHidden, setPinned } from '../../../client/src/model/commands.js';
import { GraphModel } from '../../../client/src/model/graph-model.js';
import { History } from '../../../client/src/model/history.js';
import { edge, node } from './fixtures.js';

function setup() {
  const model = new GraphModel();
  const history = new History();
  history.execute(
    addSubgraph(
      model,
      { nodes: [node('gantz'), node('israel', 'Country')], edges: [edge('gantz', 'HOLDS_ROLE', 'israel')] },
      'overview',
    ),
  );
  return { model, history };
}

describe('History with graph commands', () => {
  it('undoes an expansion exactly (nodes already there stay) and redoes it without refetching', () => {
    const { model, history } = setup();
    const expansion = {
      nodes: [node('gantz'), node('mou', 'Agreement'), node('loudiyi')],
      edges: [edge('gantz', 'SIGNED', 'mou'), edge('gantz', 'MET_WITH', 'loudiyi')],
    };
    history.execute(addSubgraph(model, expansion, 'expand gantz', { seed: 'gantz', limit: 26, omitted: 7 }));
    expect(model.nodeIds().sort()).toEqual(['gantz', 'israel', 'loudiyi', 'mou']);
    expect(model.expansion('gantz')?.omitted).toBe(7);
    expect(history.undoLabel).toBe('expand gantz');

    history.undo();
    expect(model.nodeIds().sort()).toEqual(['gantz', 'israel']);
    expect(model.edgeCount).toBe(1);
    expect(model.expansion('gantz')).toBeUndefined();
    expect(history.redoLabel).toBe('expand gantz');

    history.redo();
    expect(model.nodeIds().sort()).toEqual(['gantz', 'israel', 'loudiyi', 'mou']);
    expect(model.expansion('gantz')?.omitted).toBe(7);
  });

  it('restores the previous expansion record when "N more" is undone', () => {
    const { model, history } = setup();
    history.execute(
      addSubgraph(model, { nodes: [node('a')], edges: [edge('gantz', 'MET_WITH', 'a')] }, 'expand', {
        seed: 'gantz',
        limit: 2,
        omitted: 1,
      }),
    );
    history.execute(
      addSubgraph(
        model,
        { nodes: [node('a'), node('b')], edges: [edge('gantz', 'MET_WITH', 'a'), edge('gantz', 'MET_WITH', 'b')] },
        'more',
        { seed: 'gantz', limit: 3, omitted: 0 },
      ),
    );
    expect(model.expansion('gantz')).toMatchObject({ limit: 3, omitted: 0 });
    history.undo();
    expect(model.expansion('gantz')).toMatchObject({ limit: 2, omitted: 1 });
    expect(model.node('b')).toBeUndefined();
    expect(model.node('a')).toBeDefined();
  });

  it('undoes remove, hide and pin', () => {
    const { model, history } = setup();
    history.execute(removeElements(model, ['israel'], 'remove'));
    expect(model.node('israel')).toBeUndefined();
    expect(model.edgeCount).toBe(0);
    history.undo();
    expect(model.edge('gantz|HOLDS_ROLE|israel')).toBeDefined();

    history.execute(setHidden(model, ['gantz'], true, 'hide'));
    history.execute(setPinned(model, ['israel'], true, 'pin'));
    expect(model.isHidden('gantz') && model.isPinned('israel')).toBe(true);
    history.undo();
    history.undo();
    expect(model.isHidden('gantz') || model.isPinned('israel')).toBe(false);
  });

  it('collapses only the neighbours that hang on the seed alone', () => {
    const { model, history } = setup();
    history.execute(
      addSubgraph(
        model,
        {
          nodes: [node('mou', 'Agreement'), node('loudiyi'), node('morocco', 'Country')],
          edges: [
            edge('gantz', 'SIGNED', 'mou'),
            edge('gantz', 'MET_WITH', 'loudiyi'),
            edge('loudiyi', 'HOLDS_ROLE', 'morocco'),
            edge('gantz', 'VISITED', 'morocco'),
          ],
        },
        'expand',
        { seed: 'gantz', limit: 26, omitted: 0 },
      ),
    );
    history.execute(setPinned(model, ['israel'], true, 'pin'));
    history.execute(collapse(model, 'gantz', 'collapse'));
    // mou hung only on gantz; loudiyi and morocco are linked to each other; israel is pinned.
    expect(model.nodeIds().sort()).toEqual(['gantz', 'israel', 'loudiyi', 'morocco']);
    history.undo();
    expect(model.node('mou')).toBeDefined();
    expect(model.expansion('gantz')).toBeDefined();
  });

  it('forgets the redo branch after a new command and caps its length', () => {
    const model = new GraphModel();
    const history = new History(2);
    for (const id of ['a', 'b', 'c'])
      history.execute(addSubgraph(model, { nodes: [node(id)], edges: [] }, `add ${id}`));
    expect(history.undo()?.label).toBe('add c');
    history.execute(addSubgraph(model, { nodes: [node('d')], edges: [] }, 'add d'));
    expect(history.canRedo).toBe(false);
    expect(history.undo()?.label).toBe('add d');
    expect(history.undo()?.label).toBe('add b');
    expect(history.undo()).toBeNull();
    expect(model.nodeIds()).toEqual(['a']);
  });
});

describe('redo of an addition', () => {
  it('puts nodes back at the positions they had when undone', () => {
    const model = new GraphModel();
    const history = new History();
    history.execute(addSubgraph(model, { nodes: [node('a'), node('b')], edges: [edge('a', 'MET_WITH', 'b')] }, 'add'));
    model.rememberPositions([
      ['a', { x: 1, y: 2 }],
      ['b', { x: 3, y: 4 }],
    ]);
    history.undo();
    expect(model.nodeCount).toBe(0);
    history.redo();
    expect(model.position('a')).toEqual({ x: 1, y: 2 });
    expect(model.position('b')).toEqual({ x: 3, y: 4 });
    expect(model.edge('a|MET_WITH|b')).toBeDefined();
  });
});
