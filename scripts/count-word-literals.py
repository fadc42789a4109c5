#!/usr/bin/env python3
# Counts word-like string literals (letters, spaces, dots, apostrophes,
# hyphens) in non-test Rust under src/: the words the extractor knows that
# are not yet data. Usage: scripts/count-word-literals.py [REPO]
import re,glob,sys
tot=0
root=sys.argv[1] if len(sys.argv)>1 else '.'
for f in sorted(glob.glob(root+'/src/**/*.rs',recursive=True)):
    s=open(f).read()
    i=s.find('#[cfg(test)]')
    if i>=0: s=s[:i]
    s=re.sub(r'//[^\n]*','',s)
    lits=re.findall(r'"((?:[^"\\]|\\.)*)"',s)
    words=[l for l in lits if re.fullmatch(r"[A-Za-z][A-Za-z .'\-]*",l)]
    tot+=len(words)
    if words: print(f,len(words))
print("total",tot)
