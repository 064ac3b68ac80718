using Supple.Core.History;

namespace Supple.Data;

/// <summary>Sessions (with their stretch records) and pain diary entries, newest first.</summary>
/// <param name="Sessions">Sessions, newest first.</param>
/// <param name="PainEntries">Pain diary entries, newest first.</param>
/// <param name="TimeZoneId">The person's time zone when read (for display).</param>
public sealed record History(IReadOnlyList<PracticeSession> Sessions, IReadOnlyList<PainEntry> PainEntries, string TimeZoneId);
