namespace Supple.Web.Api;

/// <summary>Step outcomes, in order: one as each step ends, or several at once (a retry, or steps queued offline).</summary>
/// <param name="Steps">The steps; those already received are checked and skipped.</param>
public sealed record StepsRequest(IReadOnlyList<StepReport?>? Steps);
