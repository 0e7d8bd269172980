#!/usr/bin/env python3
"""resx.py FILE.resx KEY=VALUE ... : add or replace entries in a .resx file (creates it when missing)."""
import sys, os
from xml.sax.saxutils import escape
import xml.etree.ElementTree as ET
HEAD = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
path = sys.argv[1]
entries = {}
order = []
if os.path.exists(path):
    for d in ET.parse(path).getroot().findall('data'):
        k = d.get('name'); entries[k] = d.find('value').text or ''; order.append(k)
for arg in sys.argv[2:]:
    k, v = arg.split('=', 1)
    if k not in entries: order.append(k)
    entries[k] = v
with open(path, 'w', encoding='utf-8') as f:
    f.write(HEAD)
    for k in order:
        f.write(f'  <data name="{escape(k)}" xml:space="preserve"><value>{escape(entries[k])}</value></data>\n')
    f.write('</root>\n')
