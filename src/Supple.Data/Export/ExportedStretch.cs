namespace Supple.Data;

/// <summary>One stretch record in an export file.</summary>
public sealed record ExportedStretch(
    string Stretch,
    string Side,
    int RepsDone,
    int SetsDone,
    int SecondsHeld,
    bool Skipped,
    bool Hurt,
    DateTimeOffset RecordedAt);
