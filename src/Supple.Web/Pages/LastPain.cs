using Supple.Data;

namespace Supple.Web.Pages;

/// <summary>The most recent pain score anywhere: a diary entry, or a session's score before or after.</summary>
public sealed record LastPain(int Score, DateTimeOffset At, LastPainKind Kind)
{
    public static LastPain? From(History history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var candidates = history.PainEntries.Select(p => new LastPain(p.Score.Value, p.At, LastPainKind.Diary))
            .Concat(history.Sessions.Where(s => s.PainBefore is not null).Select(s => new LastPain(s.PainBefore!.Value.Value, s.StartedAt, LastPainKind.BeforeSession)))
            .Concat(history.Sessions.Where(s => s.PainAfter is not null).Select(s => new LastPain(s.PainAfter!.Value.Value, s.EndedAt ?? s.StartedAt, LastPainKind.AfterSession)));
        // A session played through in one report starts and ends at the same moment: the score after it is the later one.
        return candidates.OrderBy(p => p.At).LastOrDefault();
    }
}
