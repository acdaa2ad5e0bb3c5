### Date, ore și numere așa cum se scriu în română. Numerele sunt completate de aplicație.

fmt-date = { $day } { $month ->
     [1] ianuarie
     [2] februarie
     [3] martie
     [4] aprilie
     [5] mai
     [6] iunie
     [7] iulie
     [8] august
     [9] septembrie
     [10] octombrie
     [11] noiembrie
    *[12] decembrie
} { $year }
fmt-day-month = { $day } { $month ->
     [1] ian.
     [2] feb.
     [3] mar.
     [4] apr.
     [5] mai
     [6] iun.
     [7] iul.
     [8] aug.
     [9] sept.
     [10] oct.
     [11] nov.
    *[12] dec.
}
fmt-time = { $hour }:{ $minute }
fmt-date-time = { $date }, ora { $time }
fmt-date-time-utc = { $date }, ora { $time } (UTC)
fmt-score = { $value } din { $max }
