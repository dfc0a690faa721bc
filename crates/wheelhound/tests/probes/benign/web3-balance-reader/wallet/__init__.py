from web3 import Web3
ERC20 = [{"name": "balanceOf", "outputs": [{"type": "uint256"}], "inputs": [{"type": "address"}], "type": "function"}]
def balance(rpc_url, token, holder):
    w3 = Web3(Web3.HTTPProvider(rpc_url))
    contract = w3.eth.contract(address=token, abi=ERC20)
    return contract.functions.balanceOf(holder).call()
