namespace Supple.Data;

/// <summary>A session in an export file. Names of enums are the <see cref="StoredNames"/> ones.</summary>
public sealed record ExportedSession(
    Guid Id,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    DateOnly Day,
    string TimeZone,
    string Programme,
    string Level,
    string Source,
    string Outcome,
    int? PainBefore,
    int? PainAfter,
    string? HurtStretch,
    string? HurtSide,
    DateTimeOffset? HurtAt,
    string? Note,
    IReadOnlyList<ExportedStretch> Stretches);
