namespace Supple.Data;

/// <summary>
/// One stretch record in an export file. <c>Partial</c> (cut short by quit, an interruption or "this hurts") is
/// absent from files written before Supple kept it, and is then read as false.
/// </summary>
public sealed record ExportedStretch(
    string Stretch,
    string Side,
    int RepsDone,
    int SetsDone,
    int SecondsHeld,
    bool Skipped,
    bool Hurt,
    DateTimeOffset RecordedAt,
    bool? Partial = null);
