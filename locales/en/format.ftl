### Dates, times and numbers as English writes them. The app fills in the numbers.

fmt-date = { $day } { $month ->
     [1] January
     [2] February
     [3] March
     [4] April
     [5] May
     [6] June
     [7] July
     [8] August
     [9] September
     [10] October
     [11] November
    *[12] December
} { $year }
fmt-day-month = { $day } { $month ->
     [1] Jan
     [2] Feb
     [3] Mar
     [4] Apr
     [5] May
     [6] Jun
     [7] Jul
     [8] Aug
     [9] Sep
     [10] Oct
     [11] Nov
    *[12] Dec
}
fmt-time = { $hour }:{ $minute }
fmt-date-time = { $date }, { $time }
fmt-date-time-utc = { $date }, { $time } (UTC)
fmt-score = { $value } out of { $max }
