using Supple.Core.Sessions;

namespace Supple.Application;

/// <summary>What a door asks to play.</summary>
/// <param name="Level">A level for every stretch (<c>null</c>: the plan's levels, or standard without a plan).</param>
/// <param name="Only">Only these stretches, in programme order (empty or <c>null</c>: all, or the plan's).</param>
/// <param name="FromPlan">Play today's stretches from the saved plan when there is one (ignored with a level or stretches given).</param>
/// <param name="PainBefore">Pain rated before the session (0–10), when given: 7 or more makes every stretch gentle.</param>
public sealed record SessionRequest(DosageLevel? Level = null, IReadOnlyList<string>? Only = null, bool FromPlan = false, int? PainBefore = null);
