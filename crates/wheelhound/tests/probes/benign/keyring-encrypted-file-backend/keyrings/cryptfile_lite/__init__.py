"""Store keyring secrets in a Fernet-encrypted JSON file under the user data dir."""
import base64
import getpass
import hashlib
import json
import os

from cryptography.fernet import Fernet, InvalidToken
from keyring import backend
from keyring.errors import PasswordDeleteError
from keyring.util import platform_, properties


class CryptFileKeyring(backend.KeyringBackend):
    @properties.classproperty
    def priority(cls):
        return 0.5  # only used when no native keychain is available

    @property
    def _path(self):
        return os.path.join(platform_.data_root(), "cryptfile_lite.json")

    def _fernet(self):
        secret = os.environ.get("KEYRING_CRYPTFILE_PASSWORD") or getpass.getpass("Keyring password: ")
        key = hashlib.pbkdf2_hmac("sha256", secret.encode(), b"cryptfile-lite", 200_000)
        return Fernet(base64.urlsafe_b64encode(key))

    def _load(self):
        if not os.path.exists(self._path):
            return {}
        try:
            return json.loads(self._fernet().decrypt(open(self._path, "rb").read()))
        except InvalidToken:
            raise ValueError("wrong keyring password")

    def _save(self, data):
        os.makedirs(os.path.dirname(self._path), exist_ok=True)
        with open(self._path, "wb") as fh:
            fh.write(self._fernet().encrypt(json.dumps(data).encode()))
        os.chmod(self._path, 0o600)

    def get_password(self, service, username):
        return self._load().get(service, {}).get(username)

    def set_password(self, service, username, password):
        data = self._load()
        data.setdefault(service, {})[username] = password
        self._save(data)

    def delete_password(self, service, username):
        data = self._load()
        if username not in data.get(service, {}):
            raise PasswordDeleteError(username)
        del data[service][username]
        self._save(data)
