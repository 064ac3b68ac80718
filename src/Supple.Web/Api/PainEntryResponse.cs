using Supple.Core.History;

namespace Supple.Web.Api;

/// <summary>A pain diary entry as the API shows it.</summary>
public sealed record PainEntryResponse(Guid Id, DateTimeOffset At, int Score, string? Area, string? Note)
{
    internal static PainEntryResponse From(PainEntry entry) =>
        new(entry.Id, entry.At, entry.Score.Value, entry.Area?.ToName(), entry.Note);
}
