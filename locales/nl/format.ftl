### Datums, tijden en getallen zoals het Nederlands ze schrijft. De app vult de getallen in.

fmt-date = { $day } { $month ->
     [1] januari
     [2] februari
     [3] maart
     [4] april
     [5] mei
     [6] juni
     [7] juli
     [8] augustus
     [9] september
     [10] oktober
     [11] november
    *[12] december
} { $year }
fmt-day-month = { $day } { $month ->
     [1] jan
     [2] feb
     [3] mrt
     [4] apr
     [5] mei
     [6] jun
     [7] jul
     [8] aug
     [9] sep
     [10] okt
     [11] nov
    *[12] dec
}
fmt-time = { $hour }:{ $minute }
fmt-date-time = { $date }, { $time }
fmt-date-time-utc = { $date }, { $time } (UTC)
fmt-score = { $value } van { $max }
