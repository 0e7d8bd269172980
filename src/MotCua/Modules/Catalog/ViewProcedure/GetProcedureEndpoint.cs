using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Common.Time;
using MotCua.Modules.Catalog.Data;

namespace MotCua.Modules.Catalog.ViewProcedure;

internal static class GetProcedureEndpoint
{
    public static RouteGroupBuilder MapGetProcedure(this RouteGroupBuilder group)
    {
        group.MapGet("/{code}", GetAsync)
            .WithName("GetProcedure")
            .WithSummary("The published version of a procedure, with every component")
            .WithDescription("`code` is the national procedure code (mã TTHC), e.g. `2.000635`. 404 when no published procedure has it; "
                + "410 when the procedure has been abolished, the problem naming the abolishing decision.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
        return group;
    }

    private static async Task<Results<Ok<ProcedureDetails>, ProblemHttpResult>> GetAsync(string code, AppDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (code.Length <= Data.Procedure.CodeMaxLength)
        {
            var trimmed = code.Trim();
            var today = VietnamTime.Today(clock);
            if (await ProcedureDetails.LoadAsync(db, trimmed, today, cancellationToken) is { } details)
            {
                return TypedResults.Ok(details);
            }

            if (await ProcedureDetails.LoadUpcomingAsync(db, trimmed, today, cancellationToken) is { } upcoming)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ResourceText.Get<CatalogText>("Api_ProcedureNotYetInForce"),
                    detail: ResourceText.Get<CatalogText>("Api_ProcedureNotYetInForceDetail", upcoming.Code, CatalogFormat.Date(upcoming.Publication.EffectiveDate)));
            }

            if (await AbolishedProcedure.LoadAsync(db, trimmed, today, cancellationToken) is { } abolished)
            {
                var decision = abolished.Abolition;
                return TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: ResourceText.Get<CatalogText>("Api_ProcedureAbolished"),
                    detail: ResourceText.Get<CatalogText>("Api_ProcedureAbolishedDetail", abolished.Code, decision.Number, CatalogFormat.Date(decision.Date), CatalogFormat.Date(decision.EffectiveDate)),
                    extensions: new Dictionary<string, object?>
                    {
                        ["code"] = abolished.Code,
                        ["abolitionDecision"] = decision,
                    });
            }
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ResourceText.Get<CatalogText>("Api_ProcedureNotFound"),
            detail: ResourceText.Get<CatalogText>("Api_ProcedureNotFoundDetail", code));
    }
}
