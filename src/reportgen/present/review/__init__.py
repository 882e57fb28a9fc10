"""`reportgen review` shown: the terminal table (terminal.py), one HTML page (html.py), a
workbook (xlsx.py) and JSON (as_json.py), all with the columns of cells.py; command.py
runs the command from gathering to writing."""
