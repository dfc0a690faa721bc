"""Known vendor device-class identifiers (USB-IF / Bluetooth SIG assigned)."""

DEVICE_CLASSES = (
    "78da7551-c16a-0231-10bd-fb15434e59b0",
    "315b6db1-851c-7b6d-0bf5-2622313baba1",
    "bb494846-d6fe-7d93-5514-0b7d97bc9981",
    "f7e64d6c-1f7c-24f0-690a-c99b6fa4fc1e",
    "77217a83-29f7-e810-5137-d6ed33b53d4e",
    "1a6c613b-f0ea-7502-19c3-c17608ab78c4",
    "735d40f1-e756-1424-5017-6961b218e1d6",
    "78e7d090-f58e-7356-bf2c-c5532d6a29c5",
    "73cda6b0-58cc-abb3-993f-927a94d5bd98",
    "48489721-7ff7-0eef-c7a1-785dd7179f3e",
    "a0e36b66-fa46-e009-d906-6c9ba30aa77b",
    "04a58039-6280-5d42-58b3-d9ceba593ae4",
    "0dd88365-9b7c-06ca-b955-1a4959e5cc30",
    "c6c2c624-3940-dbe9-7d52-f2249772c4bf",
    "067f7204-3168-4bfc-d6c4-93c140f0f1f5",
    "16a38ff7-170c-3aa5-db7d-7378913ac4c0",
    "e732ab5e-7f48-ac46-c649-c73d92da0e53",
    "6834f6de-a9f2-4195-4879-501c7f015e6b",
    "906b0000-0000-0000-0000-000000000000",
)
