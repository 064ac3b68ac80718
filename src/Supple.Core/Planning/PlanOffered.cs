namespace Supple.Core.Planning;

/// <summary>No warning sign: a plan is offered.</summary>
/// <param name="Plan">The plan.</param>
public sealed record PlanOffered(Plan Plan) : AssessmentOutcome;
