namespace Supple.Data;

/// <summary>The whole history of one person, as written by <c>supple export</c> and read by <c>supple import</c>.</summary>
/// <param name="Format">Always <see cref="FormatName"/>.</param>
/// <param name="Version">The format version (<see cref="CurrentVersion"/>).</param>
/// <param name="ExportedAt">When it was written.</param>
/// <param name="TimeZone">The person's time zone when exported.</param>
/// <param name="Sessions">Sessions, oldest first.</param>
/// <param name="PainEntries">Pain entries, oldest first.</param>
public sealed record ExportDocument(
    string Format,
    int Version,
    DateTimeOffset ExportedAt,
    string? TimeZone,
    IReadOnlyList<ExportedSession> Sessions,
    IReadOnlyList<ExportedPainEntry> PainEntries)
{
    public const string FormatName = "supple-history";

    public const int CurrentVersion = 1;
}
