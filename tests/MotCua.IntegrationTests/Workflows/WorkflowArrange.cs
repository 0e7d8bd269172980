using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Catalog;
using MotCua.Modules.Organization;
using MotCua.Modules.Organization.Data;
using MotCua.Modules.Organization.DemoData;
using MotCua.Modules.Workflows;
using MotCua.Modules.Workflows.Data;
using MotCua.Modules.Workflows.ManageProcesses;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Workflows;

/// <summary>Test helpers for internal processes: demo lookups, form fields as the edit page posts them, extra accounts.</summary>
internal static class WorkflowArrange
{
    public static async Task<Guid> AgencyIdAsync(MotCuaFactory factory, string code)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync();
    }

    public static async Task<PublishedProcedure> ProcedureAsync(MotCuaFactory factory, string code)
    {
        await using var scope = factory.CreateDbScope(out _);
        return (await scope.ServiceProvider.GetRequiredService<PublishedProcedures>().FindInForceAsync(code, default))!;
    }

    public static async Task<InternalProcess?> InForceAsync(MotCuaFactory factory, Guid procedureVersionId, Guid agencyId)
    {
        await using var scope = factory.CreateDbScope(out _);
        return await scope.ServiceProvider.GetRequiredService<WorkflowCatalog>().FindInForceAsync(procedureVersionId, agencyId, default);
    }

    public static async Task<ProcessDefinition?> DefinitionAsync(MotCuaFactory factory, Guid id)
    {
        await using var scope = factory.CreateDbScope(out var db);
        return await db.InternalProcesses.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
    }

    /// <summary>Starts (or opens) the draft of a procedure at an agency through the list page and returns its id.</summary>
    public static async Task<Guid> StartDraftAsync(HttpClient client, Guid procedureVersionId, Guid agencyId)
    {
        using var response = await client.SubmitFormAsync(
            $"/workflows?agency={agencyId}",
            [new("procedureVersionId", procedureVersionId.ToString()), new("agencyId", agencyId.ToString())],
            "/workflows?handler=Create");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.ToString();
        location.ShouldEndWith("/edit");
        return Guid.Parse(location.Split('/')[2]);
    }

    /// <summary>The edit form's fields for <paramref name="steps"/>, as the page names them.</summary>
    public static List<KeyValuePair<string, string>> Fields(IReadOnlyList<ProcessStep> steps, int revision)
    {
        var input = ProcessInput.From(steps);
        var fields = new List<KeyValuePair<string, string>> { new("Revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        for (var i = 0; i < input.Steps.Count; i++)
        {
            var s = input.Steps[i];
            var p = $"Input.Steps[{i}]";
            fields.Add(new($"{p}.Id", s.Id.ToString()));
            fields.Add(new($"{p}.Name", s.Name ?? ""));
            fields.Add(new($"{p}.Role", s.Role ?? ""));
            fields.Add(new($"{p}.UnitId", s.UnitId?.ToString() ?? ""));
            fields.Add(new($"{p}.AllotmentAmount", s.AllotmentAmount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""));
            fields.Add(new($"{p}.AllotmentUnit", s.AllotmentUnit.ToString()));
            for (var t = 0; t < s.Transitions.Count; t++)
            {
                fields.Add(new($"{p}.Transitions[{t}].Action", s.Transitions[t].Action.ToString()));
                fields.Add(new($"{p}.Transitions[{t}].Target", s.Transitions[t].Target ?? ""));
            }

            for (var c = 0; c < s.Consultations.Count; c++)
            {
                fields.Add(new($"{p}.Consultations[{c}].UnitId", s.Consultations[c].UnitId?.ToString() ?? ""));
                fields.Add(new($"{p}.Consultations[{c}].AllotmentAmount", s.Consultations[c].AllotmentAmount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""));
                fields.Add(new($"{p}.Consultations[{c}].AllotmentUnit", s.Consultations[c].AllotmentUnit.ToString()));
            }

            fields.AddRange(s.HandOverAgencyIds.Select(a => new KeyValuePair<string, string>($"{p}.HandOverAgencyIds", a.ToString())));
            if (s.HandOverInParallel)
            {
                fields.Add(new($"{p}.HandOverInParallel", "true"));
            }
        }

        return fields;
    }

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value) =>
        [.. fields.Where(f => f.Key != name), new(name, value)];

    /// <summary>A control officer of <paramref name="agencyCode"/> (not the provincial office), signed in.</summary>
    public static async Task<HttpClient> AgencyControlOfficerAsync(MotCuaFactory factory, string agencyCode)
    {
        var userName = "ks" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = factory.CreateDbScope(out var db))
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
            var user = new AppUser { UserName = userName, FullName = "Cán bộ kiểm soát thử", AgencyId = agency.Id, EmailConfirmed = true };
            (await users.CreateAsync(user, DemoProvince.DemoPassword)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, Roles.ControlOfficer)).Succeeded.ShouldBeTrue();
        }

        var client = await factory.ClientAsync(null);
        await client.SignInAsync(userName, DemoProvince.DemoPassword);
        return client;
    }
}
