using Supple.Data;

namespace Supple.Web.Pages;

/// <summary>The most recent pain score anywhere: a diary entry, or a session's score before or after.</summary>
public sealed record LastPain(int Score, DateTimeOffset At, string Context)
{
    public static LastPain? From(History history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var candidates = history.PainEntries.Select(p => new LastPain(p.Score.Value, p.At, "pain diary"))
            .Concat(history.Sessions.Where(s => s.PainBefore is not null).Select(s => new LastPain(s.PainBefore!.Value.Value, s.StartedAt, "before a session")))
            .Concat(history.Sessions.Where(s => s.PainAfter is not null).Select(s => new LastPain(s.PainAfter!.Value.Value, s.EndedAt ?? s.StartedAt, "after a session")));
        // A session played through in one report starts and ends at the same moment: the score after it is the later one.
        return candidates.OrderBy(p => p.At).LastOrDefault();
    }
}
