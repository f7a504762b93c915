# Fills English plural forms ('1 change' / '2 changes') in tandem_en.ts from the '(s)' in each source.
# Run by the update_translations target after lupdate -pluralonly.
import re
import os, sys
p = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), 'tandem_en.ts'); s=open(p).read()
def fix(block):
    m=re.search(r'<source>(.*?)</source>', block, re.S)
    src=m.group(1)
    one=src.replace('(s)',''); many=src.replace('(s)','s')
    if one==many and 'bytes' in src: one=src.replace('bytes','byte')
    if 'change(s) made here have' in src: one=one.replace('have not','has not')
    tr=f'<translation>\n            <numerusform>{one}</numerusform>\n            <numerusform>{many}</numerusform>\n        </translation>'
    return re.sub(r'<translation type="unfinished">.*?</translation>', tr, block, flags=re.S)
s=re.sub(r'<message numerus="yes">.*?</message>', lambda m: fix(m.group(0)), s, flags=re.S)
s=s.replace('<TS version="2.1">','<TS version="2.1" language="en_US">')
open(p,'w').write(s)
