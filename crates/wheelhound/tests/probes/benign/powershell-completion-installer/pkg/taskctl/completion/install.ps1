param(
    [Parameter(Mandatory = $true)][string]$ProgName
)
$ErrorActionPreference = 'Stop'

$profilePath = $PROFILE.CurrentUserCurrentHost
$profileDir = Split-Path -Parent $profilePath
if (-not (Test-Path $profileDir)) {
    New-Item -ItemType Directory -Path $profileDir -Force | Out-Null
}
if (-not (Test-Path $profilePath)) {
    New-Item -ItemType File -Path $profilePath -Force | Out-Null
}

$marker = "# >>> $ProgName completion >>>"
if (Select-String -Path $profilePath -SimpleMatch $marker -Quiet) {
    Write-Output $profilePath
    exit 0
}

$envVar = "_" + $ProgName.ToUpper() + "_COMPLETE"
$block = @"

$marker
Register-ArgumentCompleter -Native -CommandName $ProgName -ScriptBlock {
    param(`$wordToComplete, `$commandAst, `$cursorPosition)
    `$env:$envVar = 'powershell_complete'
    `$env:COMP_WORDS = `$commandAst.ToString()
    `$env:COMP_CWORD = `$wordToComplete
    $ProgName | ForEach-Object {
        [System.Management.Automation.CompletionResult]::new(`$_, `$_, 'ParameterValue', `$_)
    }
    Remove-Item Env:$envVar, Env:COMP_WORDS, Env:COMP_CWORD
}
# <<< $ProgName completion <<<
"@

Add-Content -Path $profilePath -Value $block
Write-Output $profilePath
