using Supple.Core.Reminders;

namespace Supple.Data.Push;

/// <summary>The stored names of <see cref="ReminderKind"/>.</summary>
public static class ReminderKinds
{
    public const string Daily = "daily";

    public const string DeskBreak = "desk-break";

    public static string Of(ReminderKind kind) => kind switch
    {
        ReminderKind.Daily => Daily,
        ReminderKind.DeskBreak => DeskBreak,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? text, out ReminderKind kind)
    {
        (var ok, kind) = text switch
        {
            Daily => (true, ReminderKind.Daily),
            DeskBreak => (true, ReminderKind.DeskBreak),
            _ => (false, ReminderKind.Daily),
        };
        return ok;
    }
}
