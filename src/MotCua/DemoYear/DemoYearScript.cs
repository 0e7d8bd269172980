using MotCua.Common.Time;
using MotCua.Modules.Calendar;
using MotCua.Modules.Catalog;
using MotCua.Modules.Dossiers;
using MotCua.Modules.Portal;

namespace MotCua.DemoYear;

/// <summary>
/// Plays one demo dossier through the product's own services, as the desk, the officers, the applicant and the payment
/// gateway would have acted: each step is an instant the script asks to be woken at (the <c>yield return</c>); the
/// scheduler moves the clock there and resumes it. The script stops where the demo clock is: what has not happened yet
/// stays open (a supplement still with the applicant, a dossier still in a step).
/// </summary>
internal sealed class DemoYearScript(DemoYearWorld world, DemoDossierPlan plan)
{
    private readonly Random _random = new(plan.Seed);
    private Guid _id;
    private PublishedProcedure _procedure = null!;
    private BusinessCalendar _calendar = null!;
    private Guid _desk;
    private DateTime _now;

    /// <summary>The dossier, once submitted; null when the procedure had no approved process on the day.</summary>
    public Guid? DossierId => _id == Guid.Empty ? null : _id;

    public async IAsyncEnumerable<DateTime> PlayAsync()
    {
        var online = plan.Channel == SubmissionChannel.Online;
        _desk = await world.DeskForAsync(plan.Agency);
        _calendar = await world.CalendarAsync(_desk);
        yield return online ? plan.ArrivesAt : OfficeHours(plan.ArrivesAt, 0, 30);
        _now = world.Now;
        if (await world.InForceAsync(plan.Procedure.Code) is not { } procedure)
        {
            yield break;
        }

        _procedure = procedure;
        var fee = procedure.Fees.Sum(f => f.AmountVnd);
        if (online)
        {
            _id = await world.SubmitOnlineAsync(plan, procedure, _desk, _random);
            if (fee > 0 && plan.PayOnline)
            {
                yield return _now.AddMinutes(_random.Next(2, 15));
                await world.PayOnlineAsync(_id);
            }

            yield return OfficeHours(world.Now, 20, 240);
            await world.AcceptAsync(_id, plan, procedure, _desk, DeskDecision.Accept);
        }
        else
        {
            _id = plan.Fate == DemoFate.RefusedAtDesk
                ? await world.AcceptAsync(null, plan, procedure, _desk, DeskDecision.Refuse)
                : await world.AcceptAsync(null, plan, procedure, _desk, plan.CompletionAtDesk ? DeskDecision.RequestCompletion : DeskDecision.Accept);
            if (plan.Fate == DemoFate.RefusedAtDesk)
            {
                yield break;
            }

            if (plan.CompletionAtDesk)
            {
                yield return OfficeHours(AddWorkingDays(world.Now, _random.Next(1, 6)), 0, 0);
                await world.AcceptAsync(_id, plan, procedure, _desk, DeskDecision.Accept);
            }

            if (fee > 0)
            {
                yield return world.Now.AddMinutes(_random.Next(3, 12));
                await world.RequestAndPayAtDeskAsync(_id, fee, procedure, _desk);
            }

            if (plan.Digitise)
            {
                yield return world.Now.AddMinutes(_random.Next(5, 40));
                await world.DigitiseAsync(_id, _desk);
            }
        }

        var dossier = await world.DossierAsync(_id);
        if (dossier.Status is not (DossierStatus.Processing or DossierStatus.Received) || dossier.DueAt is null)
        {
            yield break;
        }

        var due = dossier.DueAt.Value;
        var target = Target(dossier.ReceivedAt!.Value, due);
        var closing = plan.Fate is DemoFate.Withdrawn or DemoFate.Stopped ? Between(dossier.ReceivedAt.Value, target, 0.3, 0.7) : (DateTime?)null;
        // NĐ 61/2018 Điều 19 khoản 4: a supplement is asked for within three working days of receipt; the plan's is asked by the second.
        var supplementBy = AddWorkingDays(dossier.ReceivedAt.Value, 2);
        var supplementAsked = false;
        var extended = false;
        var apologised = false;
        while (true)
        {
            var (state, next) = await world.NextWorkAsync(_id, plan.Fate == DemoFate.Refused, plan.Supplement && !supplementAsked && world.Now < supplementBy);
            dossier = state;
            if (dossier.Status is DossierStatus.Done or DossierStatus.Returned || dossier.HasEnded)
            {
                break;
            }

            if (dossier.DueAt is { } moved && moved != due)
            {
                // A completed supplement or an approved extension moved the appointment: the result aims at the new one.
                due = moved;
                target = Target(world.Now, due);
            }

            if (closing is { } at)
            {
                yield return OfficeHours(at, 0, 0);
                await world.CloseAsync(_id, _desk, plan.Fate == DemoFate.Withdrawn ? DossierCommand.Withdraw : DossierCommand.Stop);
                yield break;
            }

            if (dossier.Status == DossierStatus.SupplementRequested)
            {
                yield return OfficeHours(AddWorkingDays(world.Now, _random.Next(2, 7)), 0, 0);
                await world.DeskCommandAsync(_id, _desk, new DossierCommandInput(DossierCommand.CompleteSupplement, Comment: "Người nộp đã bổ sung đủ giấy tờ."));
                continue;
            }

            if (plan.Extension && !extended && dossier.Status == DossierStatus.Processing)
            {
                extended = true;
                yield return OfficeHours(Before(due, 1), 0, 0);
                if (await world.RequestExtensionAsync(_id, LocalDate(AddWorkingDays(due, _random.Next(3, 6)))))
                {
                    yield return world.Now.AddMinutes(_random.Next(40, 180));
                    await world.ApproveExtensionAsync(_id);
                }

                continue;
            }

            if (plan.Apology && !apologised && (plan.ApologyAfterDue || world.Now < due))
            {
                apologised = true;
                yield return plan.ApologyAfterDue ? OfficeHours(AddWorkingDays(due, 1), 0, 0) : OfficeHours(Before(due, 1), 0, 0);
                await world.ApologiseAsync(_id, LocalDate(AddWorkingDays(target, 1)));
                continue;
            }

            if (next is null)
            {
                break;
            }

            supplementAsked |= next.Input.Command == DossierCommand.RequestSupplement;

            yield return next.Final ? target
                : next.Input.Command == DossierCommand.RequestSupplement ? OfficeHoursBefore(world.Now.AddMinutes(_random.Next(30, 240)), world.Now, target)
                : Between(world.Now, target, 0.15, 0.45);
            await world.WorkAsync(_id, next, plan);
        }

        if (dossier.Status != DossierStatus.Done)
        {
            dossier = await world.DossierAsync(_id);
            if (dossier.Status != DossierStatus.Done)
            {
                yield break;
            }
        }

        if (plan.ElectronicResult && dossier.Outcome == DossierOutcome.Granted)
        {
            yield return world.Now.AddMinutes(_random.Next(5, 60));
            await world.AttachResultAsync(_id, dossier.AgencyId);
        }

        // The result is handed back at the desk the same day or within two working days; online at once.
        yield return plan.ReturnMethod == ReturnMethod.Online ? world.Now.AddMinutes(_random.Next(10, 90)) : OfficeHours(AddWorkingDays(world.Now, _random.Next(0, 3)), 10, 120);
        if (!await world.ReturnAsync(_id, _desk, plan))
        {
            yield break;
        }

        if (plan.Rated)
        {
            yield return world.Now.AddMinutes(_random.Next(5, 60 * 24 * 3));
            await world.RateAsync(_id, plan, _random);
        }
    }

    /// <summary>When the result is issued: on the due date, a few working days before it, or a few after.</summary>
    private DateTime Target(DateTime from, DateTime due)
    {
        var dueDay = LocalDate(due);
        var target = plan.Timing switch
        {
            DemoTiming.Late => OfficeHours(AddWorkingDays(due, _random.Next(1, 5)), 0, 0),
            DemoTiming.Early when LocalDate(from) < dueDay => Before(due, _random.Next(1, 4)),
            _ => OnTheDueDay(due),
        };

        // On the due date itself, never before the last step could start; immediate procedures end within the hour.
        if (target <= from.AddMinutes(20))
        {
            target = OfficeHoursBefore(from.AddMinutes(Math.Max(10, (due - from).TotalMinutes * 0.7)), from, due);
        }

        return target > due && plan.Timing != DemoTiming.Late ? JustBefore(due, from) : target;
    }

    /// <summary>A quarter of an hour to three hours before the due instant, moved into office hours; just before it when none is left.</summary>
    private DateTime OnTheDueDay(DateTime due)
    {
        var moved = OfficeHours(due.AddMinutes(-_random.Next(15, 180)), 0, 0);
        return moved < due ? moved : JustBefore(due, world.Now);
    }

    /// <summary>Five minutes before <paramref name="due"/>, or the end of the session before it when that falls outside office hours (not before <paramref name="from"/>).</summary>
    private DateTime JustBefore(DateTime due, DateTime from)
    {
        var back = LastInSession(due.AddMinutes(-5));
        return back > from ? back : due.AddMinutes(-5);
    }

    /// <summary>A working instant <paramref name="days"/> working days before <paramref name="due"/>, not before now.</summary>
    private DateTime Before(DateTime due, int days)
    {
        var day = LocalDate(due);
        for (var i = 0; i < days; i++)
        {
            var previous = day.AddDays(-1);
            while (!_calendar.IsWorkingDay(previous))
            {
                previous = previous.AddDays(-1);
            }

            day = previous;
        }

        var at = InSession(day);
        return at < world.Now ? OfficeHours(world.Now, 5, 30) : at;
    }

    private DateTime Between(DateTime from, DateTime to, double low, double high) =>
        to <= from ? from.AddMinutes(1) : OfficeHoursBefore(from.AddTicks((long)((to - from).Ticks * (low + (_random.NextDouble() * (high - low))))), from, to);

    /// <summary>The instant moved into the desk's office hours (the next working session when outside), plus a few minutes.</summary>
    private DateTime OfficeHours(DateTime at, int minMinutes, int maxMinutes)
    {
        var shifted = at.AddMinutes(maxMinutes > minMinutes ? _random.Next(minMinutes, maxMinutes) : minMinutes);
        var local = VietnamTime.UtcToLocal(shifted);
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (_calendar.IsWorkingDay(day))
        {
            foreach (var session in _calendar.Schedule.Sessions)
            {
                if (time >= session.Start && time < session.End.AddMinutes(-10))
                {
                    return shifted;
                }

                if (time < session.Start)
                {
                    return VietnamTime.ToUtc(day.ToDateTime(session.Start.AddMinutes(_random.Next(5, 45))));
                }
            }
        }

        return InSession(_calendar.NextWorkingDay(day.AddDays(_calendar.IsWorkingDay(day) ? 1 : 0)));
    }

    /// <summary>
    /// The instant moved into office hours within (<paramref name="from"/>, <paramref name="limit"/>): forward to the next
    /// session, or when that is past the limit back to the end of the session before; unchanged only when no session
    /// falls in between.
    /// </summary>
    private DateTime OfficeHoursBefore(DateTime at, DateTime from, DateTime limit)
    {
        var moved = OfficeHours(at, 0, 0);
        if (moved < limit)
        {
            return moved;
        }

        var back = LastInSession(at);
        return back > from ? back : at;
    }

    /// <summary>The latest instant at or before <paramref name="at"/> within a session of a working day (a few minutes before a session's end).</summary>
    private DateTime LastInSession(DateTime at)
    {
        var local = VietnamTime.UtcToLocal(at);
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        var sessions = _calendar.Schedule.Sessions;
        if (_calendar.IsWorkingDay(day))
        {
            for (var i = sessions.Count - 1; i >= 0; i--)
            {
                if (time >= sessions[i].Start)
                {
                    return VietnamTime.ToUtc(day.ToDateTime(time < sessions[i].End.AddMinutes(-5) ? time : sessions[i].End.AddMinutes(-5)));
                }
            }
        }

        // A year of demo days holds no run of non-working days longer than Tết's.
        var previous = day.AddDays(-1);
        for (var guard = 0; guard < 60 && !_calendar.IsWorkingDay(previous); guard++)
        {
            previous = previous.AddDays(-1);
        }

        return VietnamTime.ToUtc(previous.ToDateTime(sessions[^1].End.AddMinutes(-5)));
    }

    private DateTime InSession(DateOnly day)
    {
        var session = _calendar.Schedule.Sessions[_random.Next(_calendar.Schedule.Sessions.Count)];
        var minutes = Math.Max(1, (int)(session.Duration.TotalMinutes - 20));
        return VietnamTime.ToUtc(day.ToDateTime(session.Start.AddMinutes(5 + _random.Next(minutes))));
    }

    private DateTime AddWorkingDays(DateTime from, int days)
    {
        var day = LocalDate(from);
        for (var i = 0; i < days; i++)
        {
            day = _calendar.NextWorkingDay(day.AddDays(1));
        }

        return VietnamTime.ToUtc(day.ToDateTime(TimeOnly.FromDateTime(VietnamTime.UtcToLocal(from))));
    }

    private static DateOnly LocalDate(DateTime utc) => VietnamTime.LocalDate(utc);
}
