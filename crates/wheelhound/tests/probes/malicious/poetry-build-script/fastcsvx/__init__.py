import csv
reader = csv.reader
