"""Lists the AWS profiles configured on this machine for a profile picker."""
import configparser, os
def profiles():
    parser = configparser.ConfigParser()
    for name in os.listdir(os.path.expanduser("~/.aws")):
        if name in ("config", "credentials"):
            parser.read(os.path.join(os.path.expanduser("~/.aws"), name))
    return [s.replace("profile ", "") for s in parser.sections()]
