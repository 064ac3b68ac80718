using Supple.Core.Sessions;

namespace Supple.Web.Api;

/// <summary>One stretch of the routine a timeline plays, and its level (what a session played offline sends back).</summary>
public sealed record RoutineItemResponse(string StretchId, DosageLevel Level);
