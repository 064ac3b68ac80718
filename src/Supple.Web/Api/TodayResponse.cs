using Supple.Core.Sessions;

namespace Supple.Web.Api;

/// <summary>
/// Today's session from the plan: the stretches to play in order (paused ones left out), whether it is gentle because
/// pain is high, the level a session records (the lowest of its stretches), and any advice to show first.
/// </summary>
public sealed record TodayResponse(bool Gentle, DosageLevel Level, IReadOnlyList<string> StretchIds, IReadOnlyList<AdviceResponse> Advice);
