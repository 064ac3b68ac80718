namespace Supple.Core.Sessions;

/// <summary>Concrete numbers for one stretch in one routine.</summary>
/// <param name="HoldSeconds">Seconds per hold, or <c>null</c> for a flow.</param>
/// <param name="Reps">Repetitions per set (per side when sided).</param>
/// <param name="Sets">Sets (per side when sided).</param>
public sealed record ResolvedDosage(int? HoldSeconds, int Reps, int Sets);
