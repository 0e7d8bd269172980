using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Dossiers.Data;
using MotCua.Modules.Dossiers.ReceiveDossier;
using MotCua.Modules.Organization.DemoData;

namespace MotCua.BrowserTests;

/// <summary>Dossiers the tests need in place before a page is opened, received through the desk's own intake.</summary>
internal static class DemoDossiers
{
    /// <summary>A dossier of <paramref name="procedureCode"/> accepted at the service centre with every component; its code.</summary>
    public static async Task<string> AcceptAsync(BrowserFixture browser, string procedureCode, string applicant)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var procedure = (await services.GetRequiredService<PublishedProcedures>().FindInForceAsync(procedureCode, CancellationToken.None))!;
        var db = services.GetRequiredService<MotCua.Common.Data.AppDbContext>();
        var centre = await db.Agencies.Where(a => a.Code == DemoProvince.ServiceCentre).Select(a => a.Id).SingleAsync();
        var input = new IntakeInput
        {
            ProcedureCode = procedure.Code,
            Name = applicant,
            IdentityNumber = "037092001234",
            Address = "Số 7, thôn Tây, xã An Bình",
            Phone = "0912345678",
            Channel = "Direct",
            ReturnMethod = "Counter",
            SetCount = 1,
            Components = procedure.Components.Select(c => new ComponentInput { Position = c.Position, Provided = true }).ToList(),
        };
        var dossier = await services.GetRequiredService<DeskIntake>().DecideAsync(input, procedure, DeskDecision.Accept, centre, new Actor(null, "Trần Thị Bình", null), null, CancellationToken.None);
        return dossier.Code!;
    }
}
