namespace Supple.Web.Api;

/// <summary>The texts a person reads before a first session.</summary>
public sealed record DisclaimerResponse(string Disclaimer, string StopRule, string DailyAdvice);
