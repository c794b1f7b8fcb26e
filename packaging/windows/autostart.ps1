<#
.SYNOPSIS
  Makes Queue Wallboard start full screen on a chosen monitor when this user logs on (wall-TV PC).

.DESCRIPTION
  Two ways, both for the user who runs the script (the TV's auto-logon account); no admin rights needed:
    default : a shortcut in that user's Startup folder (shell:startup)
    -Task   : a Task Scheduler task "at logon of this user", restarted up to 3 times if it crashes
  Finds "Queue Wallboard.exe" in Program Files (per-machine MSI) or %LOCALAPPDATA% (per-user MSI),
  or takes -Exe.

.EXAMPLE
  powershell -NoProfile -ExecutionPolicy Bypass -File autostart.ps1 -Monitor 2
.EXAMPLE
  powershell -NoProfile -ExecutionPolicy Bypass -File autostart.ps1 -Monitor 2 -Task
.EXAMPLE
  powershell -NoProfile -ExecutionPolicy Bypass -File autostart.ps1 -Remove        (and -Task -Remove)
#>
param(
  [ValidateRange(1, 16)][int]$Monitor = 2,
  [switch]$Task,
  [switch]$Remove,
  [string]$Exe
)
$ErrorActionPreference = 'Stop'
$name = 'Queue Wallboard (wall screen)'

if (-not $Remove) {
  if (-not $Exe) {
    $Exe = @(
      (Join-Path $env:ProgramFiles 'Queue Wallboard\Queue Wallboard.exe'),
      (Join-Path $env:LOCALAPPDATA 'Queue Wallboard\Queue Wallboard.exe')
    ) | Where-Object { Test-Path $_ } | Select-Object -First 1
  }
  if (-not $Exe -or -not (Test-Path $Exe)) { throw 'Queue Wallboard.exe not found: install the MSI first, or pass -Exe <path>' }
}
$arguments = "--fullscreen --monitor $Monitor"

if ($Task) {
  if ($Remove) {
    Unregister-ScheduledTask -TaskName $name -Confirm:$false -ErrorAction SilentlyContinue
    Write-Output "Removed task '$name'"
    return
  }
  $user = "$env:USERDOMAIN\$env:USERNAME"
  $action = New-ScheduledTaskAction -Execute $Exe -Argument $arguments -WorkingDirectory (Split-Path $Exe)
  $trigger = New-ScheduledTaskTrigger -AtLogOn -User $user
  $trigger.Delay = 'PT15S'   # let the desktop and the second monitor come up first
  $settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit ([TimeSpan]::Zero) -RestartCount 3 `
    -RestartInterval (New-TimeSpan -Minutes 1) -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries
  $principal = New-ScheduledTaskPrincipal -UserId $user -LogonType Interactive -RunLevel Limited
  Register-ScheduledTask -TaskName $name -Action $action -Trigger $trigger -Settings $settings `
    -Principal $principal -Force | Out-Null
  Write-Output "Task '$name': at logon of $user runs `"$Exe`" $arguments"
} else {
  $lnk = Join-Path ([Environment]::GetFolderPath('Startup')) "$name.lnk"
  if ($Remove) {
    Remove-Item $lnk -ErrorAction SilentlyContinue
    Write-Output "Removed $lnk"
    return
  }
  $shell = New-Object -ComObject WScript.Shell
  $s = $shell.CreateShortcut($lnk)
  $s.TargetPath = $Exe
  $s.Arguments = $arguments
  $s.WorkingDirectory = Split-Path $Exe
  $s.IconLocation = "$Exe,0"
  $s.Save()
  Write-Output "Startup shortcut $lnk -> `"$Exe`" $arguments"
}
