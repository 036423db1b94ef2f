// name: bulk-copy-mentions
// template: kind, file
// returns: nothing; appends article-to-entity MENTIONS rows (from, to, count, spanStarts, spanEnds)
COPY MENTIONS FROM '{{file}}' (from='Article', to='{{kind}}')
