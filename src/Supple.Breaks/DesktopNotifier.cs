using System.Diagnostics;

namespace Supple.Breaks;

/// <summary>
/// Desktop notifications through <c>notify-send</c> (libnotify) when it is on the PATH and a desktop session is
/// present; otherwise nothing leaves the terminal and the break loop rings the bell instead.
/// </summary>
internal sealed class DesktopNotifier : IBreakNotifier
{
    private readonly string? _notifySend;

    private DesktopNotifier(string? notifySend) => _notifySend = notifySend;

    public bool IsDesktop => _notifySend is not null;

    public static DesktopNotifier Detect(Func<string, string?> environment, bool enabled)
    {
        if (!enabled || (string.IsNullOrEmpty(environment("DISPLAY")) && string.IsNullOrEmpty(environment("WAYLAND_DISPLAY"))
            && string.IsNullOrEmpty(environment("DBUS_SESSION_BUS_ADDRESS"))))
        {
            return new DesktopNotifier(null);
        }

        var path = environment("PATH") ?? "";
        var found = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "notify-send"))
            .FirstOrDefault(File.Exists);
        return new DesktopNotifier(found);
    }

    public void Notify(string title, string body)
    {
        if (_notifySend is null)
        {
            return;
        }

        try
        {
            var start = new ProcessStartInfo(_notifySend)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { "--app-name=Supple", "--urgency=normal", title, body })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start);
            process?.WaitForExit(2000);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            // A failed notification must never stop the break timer; the terminal still shows the break.
        }
    }
}
