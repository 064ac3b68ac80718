namespace Supple.Data;

/// <summary>A pain diary entry in an export file.</summary>
public sealed record ExportedPainEntry(Guid Id, DateTimeOffset At, int Score, string? Area, string? Note);
