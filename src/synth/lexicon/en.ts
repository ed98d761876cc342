/** English lines: the customers' default and the sellers' working language. Neutral by rule. */
import type { Lexicon } from './intents.ts';

export const EN: Lexicon = {
  cGreet: ['hi {name}', 'hello', 'hey {name} how are you', 'good evening', 'hi there', 'hello {name}, you there?', 'hey', 'morning {name}', 'hi again', 'hello my friend'],
  cSmall: [
    'how is the weather there today', 'busy week at work for me', 'just got home', 'it is raining here all day', 'did you eat already?',
    'long day, very tired', 'watching the football tonight', 'my internet was slow yesterday', 'how was your weekend', 'it is so cold here now',
    'ok no problem', 'haha ok', 'yes', 'sure', 'thanks', 'i understand', 'all good here', 'sorry i was driving',
    'are you still in {rcity}?', 'happy birthday to your mother', 'my phone battery is almost dead', 'going to the gym later',
    'what time is it there now', 'hope your family is well', 'work again tomorrow early', 'we had a storm last night',
  ],
  cSchedAsk: [
    'online tonight {time}?', 'are you free {day} at {time}?', 'can we do {day} {time} my time?', 'what time are you online {day}?',
    'i will be online at {time}, ok?', 'same time as last week?', 'can we meet on {platform} {day}?', 'are you available {day}?',
    'maybe {day} around {time}', 'is {time} ok for you?', 'i am free after {time} tonight',
  ],
  cPriceAsk: ['how much?', 'what is the price for {day}?', 'same price as before?', 'how much for one hour?', 'price?', 'is it {amount} again?', 'ok how much do i send'],
  cPaySent: ['sent', 'sent it', 'done, sent {amount}', 'ok i sent the money', 'just sent via {provider}', 'money sent, check please', 'i paid already', 'sent to {rname}'],
  cPaySentRef: [
    'sent {amount}, ref {ref}', 'MTCN {ref}', 'done. control number {ref}', 'sent via {provider} ref {ref}', 'here is the number {ref}',
    'reference: {ref} amount {amount}', '{ref}', 'ok sent to {rname}, {ref}', 'tracking no {ref}',
  ],
  cPayCheck: ['did you get it?', 'did the money arrive?', 'can you check {provider}?', 'was it ok?', 'received?'],
  cEmail: ['my email is {email}', 'send it to {email}', 'you can email me {email}', 'add me: {email}', 'new email {email}'],
  cPhone: ['my number {phone}', 'call me on {phone}', 'whatsapp me {phone}', 'this is my new number {phone}', 'text me at {phone}'],
  cHandle: ['add my other account {handle}', 'if i am offline use {handle}', 'my {platform} is {handle}', 'new account: {handle}'],
  cName: ['my name is {myname} for the transfer', 'put {myname} as sender', 'it will come from {myname}', 'real name {myname}'],
  cTravel: [
    'i land in {city} on {date}, flight {flight}', 'i booked my ticket, arriving {date}', 'i will be in {city} from {date}',
    'my flight is {flight} on {date}', 'staying at a hotel near {city} airport', 'i come to the philippines on {date}',
    'can you meet me in {city} on {date}?', 'two weeks in {city} this time',
  ],
  cTravelVague: ['maybe one day i visit {city}', 'i want to see the philippines someday', 'is {city} nice?', 'maybe next year i travel there'],
  cBye: ['ok bye', 'good night', 'talk later', 'see you {day}', 'bye {name}', 'gotta go', 'take care', 'ok thanks bye'],
  cLater: ['maybe next week', 'not tonight sorry', 'later ok?', 'i will tell you tomorrow', 'let me check my schedule', 'maybe after payday'],
  cNoMoney: ['no money this month', 'too expensive for me', 'i will send tomorrow', 'i send next week for sure', 'sorry card not working', 'i can not pay now'],
  sGreet: ['hi {name}', 'hello po', 'hi dear', 'hello sir', 'hi hw r u', 'gud eve', 'helo', 'hi {name} long time'],
  sSmall: [
    'ok', 'ok po', 'yes', 'thank you', 'im fine', 'very hot here today', 'brownout again here', 'we just ate', 'no signal earlier',
    'raining here in {rcity}', 'ok dear', 'hehe', 'sure sir', 'wait lang', 'sorry late reply', 'my phone was charging',
    'going to market', 'typhoon coming they said', 'wifi slow today',
  ],
  sSchedReply: ['ok {time} is fine', 'yes online {day}', 'ok see you {time}', 'can we do later {time}?', 'not {day}, maybe tomorrow', 'ok ready at {time}', 'yes available', 'online now'],
  sPriceQuote: ['{amount}', 'same price {amount}', '{amount} only', 'price is {amount}', 'ok {amount} sir', '{amount} for one hour'],
  sPayWhere: [
    'send to {rname} {rcity}', 'pls send {provider} to {rname}', 'name {rname}, {rcity}', 'send to my cousin {rname} in {rcity}',
    'new name pls: {rname}', 'use {provider}, receiver {rname}', 'same name as before {rname}',
  ],
  sAskRef: ['pls send control number', 'what is the MTCN?', 'give me the ref number', 'send the reference pls', 'pls send pic of receipt'],
  sConfirm: ['received thank you', 'got it', 'ok received', 'thanks sir, received', 'money claimed already', 'ok na', 'yes i got it, thanks'],
  sOffer: ['online now, who is free?', 'available tonight', 'good evening, online {time} tonight', 'hello everyone, free {day}', 'online later {time}, msg me'],
  sBye: ['bye', 'ok bye po', 'good night', 'see you', 'take care', 'bye sir'],
  sLater: ['ok no problem', 'ok just msg me', 'ok next time', 'ok sir, tell me'],
  sTravelReply: ['ok text me when you land', 'welcome to {city}', 'ok sir, which hotel?', 'ok tell me your flight time'],
};
