using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Core.Content;

namespace Supple.Web.Api;

/// <summary>The programme: the seven stretches, causes, benefits, references, advice and the disclaimer.</summary>
public static class ProgrammeApi
{
    public static RouteGroupBuilder MapProgrammeApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("").WithTags("Programme");
        group.MapGet("/programme", GetProgramme).WithSummary("The whole programme.");
        group.MapGet("/stretches", GetStretches).WithSummary("The stretches, in programme order.");
        group.MapGet("/stretches/{id}", GetStretch).WithSummary("One stretch by id.").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/causes", GetCauses).WithSummary("Common causes of upper-back pain.");
        group.MapGet("/benefits", GetBenefits).WithSummary("Benefits of stretching.");
        group.MapGet("/references", GetReferences).WithSummary("The numbered references.");
        group.MapGet("/disclaimer", GetDisclaimer).WithSummary("The medical disclaimer, the stop rule and the daily advice.");
        return api;
    }

    public static Ok<Programme> GetProgramme(Programme programme) => TypedResults.Ok(programme);

    public static Ok<IReadOnlyList<Stretch>> GetStretches(Programme programme) => TypedResults.Ok(programme.Stretches);

    public static Results<Ok<Stretch>, ProblemHttpResult> GetStretch(string id, Programme programme) =>
        programme.FindStretch(id) is { } stretch
            ? TypedResults.Ok(stretch)
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such stretch",
                detail: $"There is no stretch '{id}'. Known ids: {string.Join(", ", programme.Stretches.Select(s => s.Id))}.");

    public static Ok<IReadOnlyList<Cause>> GetCauses(Programme programme) => TypedResults.Ok(programme.Causes);

    public static Ok<IReadOnlyList<Benefit>> GetBenefits(Programme programme) => TypedResults.Ok(programme.Benefits);

    public static Ok<IReadOnlyList<Reference>> GetReferences(Programme programme) => TypedResults.Ok(programme.References);

    public static Ok<DisclaimerResponse> GetDisclaimer(Programme programme) =>
        TypedResults.Ok(new DisclaimerResponse(programme.Disclaimer, programme.StopRule, programme.DailyAdvice));
}
