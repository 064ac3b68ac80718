namespace Supple.Core.Planning;

/// <summary>What an assessment leads to: a plan, or advice to see a doctor first.</summary>
public abstract record AssessmentOutcome;
